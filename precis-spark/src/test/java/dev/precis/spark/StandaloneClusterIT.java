package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job on a real Spark standalone cluster: a master and two workers, each its own JVM on
 * 127.0.0.1, started from the Spark jars Maven brought (laid out as a Spark home), the job's
 * application jar shipped to the executors as spark-submit ships it. Its output equals the
 * embedded ({@code local[2]}) run's, and still does when a worker is killed in the middle.
 */
class StandaloneClusterIT {
  /** Kept after the run (in target/), so the master's, workers' and executors' logs can be read. */
  static Path dir;
  private static final List<Process> processes = new ArrayList<>();
  private static Process secondWorker;
  private static String masterUrl;

  @BeforeAll
  static void startCluster() throws Exception {
    dir = Path.of("target", "standalone-cluster").toAbsolutePath();
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    Files.createDirectories(dir);
    Path home = sparkHome();
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    start(home, "master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
    waitForPort(port);
    start(home, "worker-1", worker(home, 1));
    secondWorker = start(home, "worker-2", worker(home, 2));
    waitForLog(dir.resolve("worker-1.log"), "Successfully registered with master");
    waitForLog(dir.resolve("worker-2.log"), "Successfully registered with master");
  }

  @AfterAll
  static void stopCluster() {
    for (Process p : processes) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  /** A Spark home: jars/ holding the Spark jars of the test's class path. */
  static Path sparkHome() throws IOException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      String name = jar.getFileName().toString();
      if (name.endsWith(".jar") && !name.startsWith("precis-") && Files.isRegularFile(jar)) {
        Path link = jars.resolve(name);
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, jar.toAbsolutePath());
        }
      }
    }
    return home;
  }

  private static List<String> worker(Path home, int n) {
    return List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
        "--memory", "1g", "--webui-port", "0", "--work-dir",
        dir.resolve("work-" + n).toString(), masterUrl);
  }

  private static Process start(Path home, String name, List<String> main) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(List.of(jvmOptions().split(" ")));
    command.add("-cp");
    command.add(home.resolve("jars") + File.separator + "*");
    command.addAll(main);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // without it the launcher looks for a source build of Spark to learn the Scala version
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    Process p = pb.start();
    processes.add(p);
    return p;
  }

  static String jvmOptions() {
    return System.getProperty("precis.spark.jvm.options", "").strip();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port) throws InterruptedException {
    for (int k = 0; k < 600; k++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the master did not listen on " + port);
  }

  private static void waitForLog(Path log, String text) throws Exception {
    for (int k = 0; k < 1200; k++) {
      if (Files.exists(log) && Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(log + " never said '" + text + "':\n" + Files.readString(log));
  }

  private static SparkSession onCluster() {
    return SparkSession.builder().master(masterUrl).appName("precis on the cluster")
        .config("spark.jars", System.getProperty("precis.spark.jar"))
        .config("spark.executor.extraJavaOptions", jvmOptions())
        .config("spark.executor.memory", "768m")
        .config("spark.cores.max", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  private static List<String> onLocal(Path out) throws IOException {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("precis local")
        .config("spark.ui.enabled", "false").getOrCreate();
    try {
      spark.sparkContext().setLogLevel("ERROR");
      DigestJob.run(spark, DigestJobTest.options(DigestJobTest.fixture(), out),
          new StageLog(null));
    } finally {
      spark.stop();
    }
    return DigestJobTest.lines(out.resolve("stories"));
  }

  @Test
  void twoWorkersGiveTheOutputOfLocalModeAndSurviveLosingOne() throws Exception {
    List<String> local = onLocal(dir.resolve("local"));
    SparkSession spark = onCluster();
    try {
      spark.sparkContext().setLogLevel("ERROR");
      DigestJob.run(spark, DigestJobTest.options(DigestJobTest.fixture(), dir.resolve("cluster")),
          new StageLog(System.err));
      assertThat(DigestJobTest.lines(dir.resolve("cluster").resolve("stories")))
          .isEqualTo(local);
      assertThat(DigestJobTest.lines(dir.resolve("cluster").resolve("duplicates")))
          .isEqualTo(DigestJobTest.lines(dir.resolve("local").resolve("duplicates")))
          .isNotEmpty();
      // both workers ran executors
      assertThat(spark.sparkContext().getExecutorMemoryStatus().size()).isEqualTo(3);

      // again, and kill the second worker (and its executor) once the job is under way
      StageLog log = new StageLog(System.err);
      CompletableFuture<DigestJob.Report> run = CompletableFuture.supplyAsync(() -> {
        try {
          return DigestJob.run(spark, DigestJobTest.options(DigestJobTest.fixture(),
              dir.resolve("lost")), log);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      while (log.lines().stream().noneMatch(l -> l.contains(" copies "))) {
        assertThat(run.isDone()).as("the job ended before a worker could be killed").isFalse();
        Thread.sleep(50);
      }
      secondWorker.descendants().forEach(ProcessHandle::destroyForcibly);
      secondWorker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      run.get(10, TimeUnit.MINUTES);
      assertThat(DigestJobTest.lines(dir.resolve("lost").resolve("stories"))).isEqualTo(local);
      // the job finished on the worker left: the driver and one executor
      assertThat(secondWorker.isAlive()).isFalse();
      for (int k = 0; k < 100 && spark.sparkContext().getExecutorMemoryStatus().size() > 2; k++) {
        Thread.sleep(100);
      }
      assertThat(spark.sparkContext().getExecutorMemoryStatus().size()).isEqualTo(2);
    } finally {
      spark.stop();
    }
  }
}
