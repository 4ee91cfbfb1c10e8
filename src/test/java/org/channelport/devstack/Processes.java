package org.channelport.devstack;

import com.sun.security.auth.module.UnixSystem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Small helpers shared by the dev-stack servers: ports, process trees, HTTP probes, files. */
public final class Processes {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Processes() {}

  /** Fails with a message naming the port and its user when something already listens there. */
  public static void requireFreePort(int port, String what) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
      throw portTaken(port, what);
    } catch (IOException expected) {
      // nothing answers on loopback: now check that we could bind it ourselves
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw portTaken(port, what);
    }
  }

  private static IllegalStateException portTaken(int port, String what) {
    return new IllegalStateException(
        "Port "
            + port
            + " (for "
            + what
            + ") is already in use. Stop whatever listens there (see `ss -ltnp 'sport = :"
            + port
            + "'`) or choose another port.");
  }

  /**
   * Stops a process and everything it started: a polite SIGTERM to the whole tree first, SIGKILL
   * for whatever still runs after the grace period. Stopping only a launcher script (kc.sh) would
   * leave its JVM running.
   */
  public static void stopTree(ProcessHandle root, Duration grace) {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    root.descendants().forEach(tree::add);
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + grace.toNanos();
    for (ProcessHandle process : tree) {
      long left = deadline - System.nanoTime();
      if (left > 0) {
        try {
          process.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (Exception stillRunning) {
          // forced below
        }
      }
    }
    for (ProcessHandle process : tree) {
      if (process.isAlive()) {
        process.destroyForcibly();
        try {
          process.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // the kernel will reap it; nothing more to do
        }
      }
    }
  }

  /** The HTTP status of a GET, or -1 when nothing answered (connection refused, timeout). */
  public static int httpStatus(URI uri) {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Copies a process's output line by line, on a daemon thread, to a consumer. */
  public static Thread pump(InputStream output, String name, Consumer<String> lines) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  lines.accept(line);
                }
              } catch (IOException closed) {
                // the process ended
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Prints the last lines of a log file, to explain a failed start. */
  public static void printTail(Path log, int lines, PrintStream out) {
    if (!Files.isRegularFile(log)) {
      return;
    }
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      out.println("---- last lines of " + log + " ----");
      all.subList(Math.max(0, all.size() - lines), all.size()).forEach(out::println);
      out.println("----");
    } catch (IOException e) {
      out.println("(could not read " + log + ": " + e.getMessage() + ")");
    }
  }

  /** Deletes a directory tree if it exists. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + dir, e);
    }
  }

  /**
   * Runs a start-up task on a thread of its own. Not the common pool: on a 2-core machine it has
   * one thread, and the servers would start one after the other.
   */
  public static <T> CompletableFuture<T> inBackground(String name, Supplier<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(task.get());
              } catch (Throwable e) {
                result.completeExceptionally(e);
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** True when this JVM runs as root (uid 0), as on CI and the team's machines. */
  public static boolean runningAsRoot() {
    try {
      return new UnixSystem().getUid() == 0;
    } catch (RuntimeException | LinkageError notUnix) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
