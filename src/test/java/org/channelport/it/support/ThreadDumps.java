package org.channelport.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Thread dumps of the portal nodes this test JVM started (the Payara processes below it), written
 * next to the test reports when a wait times out: what each job thread was doing is the first thing
 * a stalled relay or poll needs to be understood.
 */
public final class ThreadDumps {
  private ThreadDumps() {}

  /**
   * Writes one dump per portal process; returns a line naming the files (or why there are none).
   */
  public static String write(String why) {
    Path dir = Path.of(System.getProperty("channelport.build.dir", "target"), "failsafe-reports");
    List<String> files = new ArrayList<>();
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    for (ProcessHandle p : ProcessHandle.current().descendants().toList()) {
      String command = p.info().command().orElse("");
      String args = String.join(" ", p.info().arguments().orElse(new String[0]));
      if (!command.endsWith("java") || !args.contains("payara")) {
        continue;
      }
      try {
        Files.createDirectories(dir);
        Path out =
            dir.resolve("thread-dump-" + p.pid() + "-" + Instant.now().toEpochMilli() + ".txt");
        Process dump =
            new ProcessBuilder(jcmd.toString(), Long.toString(p.pid()), "Thread.print")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (dump.waitFor(30, TimeUnit.SECONDS)) {
          Files.writeString(out, "# " + why + "\n", java.nio.file.StandardOpenOption.APPEND);
          files.add(out.getFileName().toString());
        } else {
          dump.destroyForcibly();
        }
      } catch (IOException e) {
        files.add("(no dump of " + p.pid() + ": " + e.getMessage() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return files.isEmpty() ? "; no portal process to dump" : "; thread dumps: " + files;
  }
}
