package eventlings.checkers.servers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft Kafka (broker and controller in one) running inside the test JVM, on loopback ports, with its
 * data in a temporary folder removed when the JVM exits.
 */
final class EmbeddedKafka implements KafkaServer {

  private final Path dataDir;
  private final Properties properties;
  private final KafkaConfig config;
  private final String bootstrapServers;
  private KafkaRaftServer server;

  private EmbeddedKafka(Path dataDir, int brokerPort, int controllerPort) {
    this.dataDir = dataDir;
    this.properties = properties(dataDir, brokerPort, controllerPort);
    this.config = KafkaConfig.fromProps(properties, false);
    this.bootstrapServers = "127.0.0.1:" + brokerPort;
  }

  static final String FOLDER_PREFIX = "eventlings-kafka-";

  static EmbeddedKafka launch() {
    // The broker lives in its JVM, so a folder whose JVM has ended serves nothing any more.
    TempDirs.removeAbandoned(FOLDER_PREFIX, abandoned -> {});
    BrokerExits.keepTheJvm();
    Path dataDir = TempDirs.create(FOLDER_PREFIX);
    try {
      int[] ports = FreePorts.find(2);
      EmbeddedKafka kafka = new EmbeddedKafka(dataDir, ports[0], ports[1]);
      kafka.format();
      kafka.start();
      return kafka;
    } catch (RuntimeException e) {
      TempDirs.delete(dataDir);
      throw new IllegalStateException("The embedded Kafka broker did not start: " + e.getMessage(), e);
    }
  }

  private static Properties properties(Path dataDir, int brokerPort, int controllerPort) {
    Properties props = new Properties();
    props.put("node.id", "1");
    props.put("process.roles", "broker,controller");
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("log.dirs", dataDir.resolve("log").toString());
    // One node: internal topics cannot have three replicas, and one partition each is plenty for tests.
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("share.coordinator.state.topic.num.partitions", "1");
    props.put("num.partitions", "1");
    // A consumer group otherwise waits 3 s for more members before its first assignment.
    props.put("group.initial.rebalance.delay.ms", "0");
    // The 128 MiB default buffer halts a small-heap test JVM without a word.
    props.put("log.cleaner.dedupe.buffer.size", "2097152");
    // Two cores: few threads start faster and leave the CPU to the tests.
    props.put("num.network.threads", "1");
    props.put("num.io.threads", "2");
    props.put("background.threads", "2");
    props.put("num.recovery.threads.per.data.dir", "1");
    props.put("num.replica.fetchers", "1");
    return props;
  }

  /** Writes the cluster id into the data folder, as {@code kafka-storage.sh format} does; quietly. */
  private void format() {
    String[] args = {"format", "--config", writeConfig().toString(), "--cluster-id", Uuid.randomUuid().toString(),
        "--ignore-formatted"};
    int code = StorageTool.execute(args, new PrintStream(OutputStream.nullOutputStream()));
    if (code != 0) {
      throw new IllegalStateException("formatting the Kafka storage in " + dataDir + " failed with code " + code);
    }
  }

  private Path writeConfig() {
    Path file = dataDir.resolve("server.properties");
    try (var out = Files.newOutputStream(file)) {
      properties.store(out, null);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String bootstrapServers() {
    return bootstrapServers;
  }

  @Override
  public String description() {
    return "embedded KRaft broker on " + bootstrapServers;
  }

  @Override
  public boolean canRestart() {
    return true;
  }

  @Override
  public synchronized void start() {
    if (server != null) {
      return;
    }
    KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
    starting.startup();
    server = starting;
  }

  @Override
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server.awaitShutdown();
    server = null;
  }

  @Override
  public void ensureRunning() {
    start();
  }

  @Override
  public void close() {
    try {
      stop();
    } finally {
      TempDirs.delete(dataDir);
    }
  }
}
