package eventlings.checkers.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback that forwards every connection to a target and can cut them all, as a network failure
 * or a restarted database would. Point the code under test at {@link #host()}:{@link #port()} instead of the
 * server, then call {@link #cutConnections()}:
 *
 * <pre>{@code
 * try (TcpProxy proxy = TcpProxy.to(server.host(), server.port())) {
 *   ... connect through proxy.port() ...
 *   proxy.cutConnections(); // every open connection is closed; new ones go through again
 * }
 * }</pre>
 *
 * For PostgreSQL, {@link Postgres#proxy()} and {@link Postgres#dataSourceThrough(TcpProxy)} do the pointing.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket listener;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();

  private TcpProxy(String targetHost, int targetPort, ServerSocket listener) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = listener;
  }

  /** Starts a proxy on a free loopback port forwarding to {@code host}:{@code port}. */
  public static TcpProxy to(String host, int port) {
    try {
      TcpProxy proxy = new TcpProxy(host, port, new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      Thread.ofVirtual().name("eventlings-proxy-" + proxy.port()).start(proxy::accept);
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open a proxy port on loopback", e);
    }
  }

  /** The host to connect to instead of the target: the loopback address. */
  public String host() {
    return listener.getInetAddress().getHostAddress();
  }

  /** The port to connect to instead of the target's. */
  public int port() {
    return listener.getLocalPort();
  }

  /** How many connections pass through the proxy now. */
  public int openConnections() {
    return links.size();
  }

  /** Closes every connection passing through the proxy, both ways; later connections go through as before. */
  public void cutConnections() {
    links.forEach(Link::close);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connect(client);
      } catch (IOException e) {
        // The listener was closed, or one connection failed to open: the loop condition tells which.
      }
    }
  }

  private void connect(Socket client) {
    try {
      Link link = new Link(client, new Socket(targetHost, targetPort));
      links.add(link);
      Thread.ofVirtual().start(() -> pipe(link, link.client(), link.server()));
      Thread.ofVirtual().start(() -> pipe(link, link.server(), link.client()));
    } catch (IOException e) {
      // The target is down: refuse the client as the target itself would.
      closeQuietly(client);
    }
  }

  /** Copies bytes one way until either side closes, then closes both, as a real connection ends. */
  private void pipe(Link link, Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // Cut, or closed by one side: the connection is over.
    } finally {
      link.close();
      links.remove(link);
    }
  }

  /** One connection through the proxy: the client's socket and the proxy's socket to the target. */
  private record Link(Socket client, Socket server) {
    void close() {
      closeQuietly(client);
      closeQuietly(server);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  /** Stops accepting and cuts every open connection. */
  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // Closing anyway.
    }
    cutConnections();
  }
}
