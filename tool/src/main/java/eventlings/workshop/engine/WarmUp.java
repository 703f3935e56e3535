package eventlings.workshop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.GoalRecorder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one trivial goal through the JUnit Platform, so a child JVM has loaded and run JUnit, AssertJ and the kit's
 * recorder before the learner saves: the check that follows pays only for the lab's own goals.
 */
public final class WarmUp {

  /** A goal-shaped test that checks nothing of the learner's. */
  public static final class Trivial {
    @Test
    @DisplayName("The JUnit Platform runs")
    void the_platform_runs() {
      assertThat(Map.of("order-42", List.of(1, 2))).containsKey("order-42");
      assertThat(List.of("OrderPlaced", "ItemAdded")).containsExactly("OrderPlaced", "ItemAdded");
    }
  }

  private WarmUp() {}

  static void run() {
    LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
        .execute(LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(Trivial.class))
            .build(), new GoalRecorder());
  }
}
