package eventlings.checkers.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Finds loopback ports nobody listens on, for servers that must keep their port across a restart. */
final class FreePorts {

  private FreePorts() {}

  static int find() {
    return find(1)[0];
  }

  /** {@code count} different free ports: each socket stays open until all are found, so none is handed out twice. */
  static int[] find(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int index = 0; index < count; index++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // Closing a listening socket that accepted nothing cannot lose anything.
        }
      }
    }
  }
}
