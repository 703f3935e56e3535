package eventlings.checkers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as a goal of the lab and ties it to the numbered step of the lab's README that teaches it.
 *
 * <p>A goal is a JUnit test with a {@code @DisplayName} sentence and this annotation:
 *
 * <pre>{@code
 * @Test
 * @Step(2)
 * @DisplayName("Appending at a stale version is refused")
 * void appending_at_a_stale_version_is_refused() { ... }
 * }</pre>
 *
 * The progress board groups goals by step, and the README lists the same sentences under the same step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Step {

  /** The step number in the lab's README, starting at 1. */
  int value();
}
