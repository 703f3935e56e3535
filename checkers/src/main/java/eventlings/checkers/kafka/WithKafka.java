package eventlings.checkers.kafka;

import eventlings.checkers.timeline.TimelineExtension;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class runs against a real Kafka broker: its tests, constructors and lifecycle methods may take a
 * {@link Kafka} parameter. Tagged {@code infrastructure}, so {@code -Dgroups=infrastructure} selects such tests and
 * {@code -DexcludedGroups=infrastructure} leaves them out. A goal that fails shows the timeline of its messages.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag("infrastructure")
@ExtendWith({KafkaExtension.class, TimelineExtension.class})
public @interface WithKafka {}
