package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharedServerTest {

  private final AtomicInteger starts = new AtomicInteger();
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  @DisplayName("The server starts once, however often it is asked for, and says so in one line")
  void starts_once() {
    SharedServer<FakeServer> shared = new SharedServer<>("Fake", () -> new FakeServer(starts.incrementAndGet()), out);

    assertThat(shared.get()).isSameAs(shared.get());
    assertThat(starts).hasValue(1);
    assertThat(printed.toString(StandardCharsets.UTF_8)).matches("eventlings: Fake = fake server 1 \\(started in \\d+\\.\\d s\\)\\R");
  }

  @Test
  @DisplayName("A server that failed to start fails every later request without trying again")
  void failure_is_remembered() {
    SharedServer<FakeServer> shared = new SharedServer<>("Fake", () -> {
      starts.incrementAndGet();
      throw new IllegalStateException("port taken");
    }, out);

    assertThatThrownBy(shared::get).hasMessage("port taken");
    assertThatThrownBy(shared::get).hasMessage("port taken");
    assertThat(starts).hasValue(1);
    assertThat(printed.size()).isZero();
  }

  private record FakeServer(int number) implements Server {
    @Override
    public String description() {
      return "fake server " + number;
    }

    @Override
    public void close() {}
  }
}
