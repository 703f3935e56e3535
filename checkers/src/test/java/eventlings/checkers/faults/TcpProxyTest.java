package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.async.BackgroundWork;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("infrastructure")
class TcpProxyTest {

  private ServerSocket echoServer;
  private BackgroundWork echo;

  @BeforeEach
  void start_an_echo_server() throws IOException {
    echoServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    echo = BackgroundWork.start("echo server", () -> {
      while (!echoServer.isClosed()) {
        Socket client = echoServer.accept();
        Thread.ofVirtual().start(() -> {
          try (client) {
            client.getInputStream().transferTo(client.getOutputStream());
          } catch (IOException e) {
            // The client went away.
          }
        });
      }
    }, () -> closeQuietly(echoServer));
  }

  @AfterEach
  void stop_the_echo_server() {
    echo.close();
  }

  @Test
  @DisplayName("Bytes go through the proxy both ways")
  void forwards_both_ways() throws IOException {
    try (TcpProxy proxy = TcpProxy.to("127.0.0.1", echoServer.getLocalPort());
         Socket client = new Socket(proxy.host(), proxy.port())) {
      client.getOutputStream().write("ping".getBytes());

      assertThat(new String(client.getInputStream().readNBytes(4))).isEqualTo("ping");
      assertThat(proxy.openConnections()).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("Cut connections end for the client; new connections go through")
  void cuts_connections() throws IOException {
    try (TcpProxy proxy = TcpProxy.to("127.0.0.1", echoServer.getLocalPort())) {
      try (Socket client = new Socket(proxy.host(), proxy.port())) {
        client.getOutputStream().write(1);
        InputStream in = client.getInputStream();
        assertThat(in.read()).isEqualTo(1);

        proxy.cutConnections();

        assertThat(readAfterCut(in)).isEqualTo(-1);
      }
      try (Socket again = new Socket(proxy.host(), proxy.port())) {
        again.getOutputStream().write(2);
        assertThat(again.getInputStream().read()).isEqualTo(2);
      }
    }
  }

  /** A cut connection reads as the end of the stream, or as a reset: both mean it is gone. */
  private static int readAfterCut(InputStream in) {
    try {
      return in.read();
    } catch (IOException reset) {
      return -1;
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing anyway.
    }
  }
}
