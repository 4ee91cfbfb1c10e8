package org.channelport.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Installs Debian packages for the test stack. One install at a time in this process (the browser
 * and the ERP are set up in parallel, and two apt-get runs fight over apt's locks), and a lock held
 * by another apt-get on the machine is waited for (up to ten minutes), not taken as a failure.
 */
public final class AptGet {
  static final long LOCK_WAIT_MILLIS = 600_000;

  private AptGet() {}

  /** {@code apt-get update} then {@code apt-get install -y} of the packages (plus options). */
  public static synchronized void install(List<String> optionsAndPackages) {
    run(List.of("apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-q"));
    List<String> install =
        new ArrayList<>(List.of("apt-get", "-o", "DPkg::Lock::Timeout=600", "install", "-y", "-q"));
    install.addAll(optionsAndPackages);
    run(install);
  }

  private static void run(List<String> command) {
    long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
    while (true) {
      try {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() == 0) {
          return;
        }
        boolean locked = output.contains("Could not get lock") || output.contains("Unable to lock");
        if (!locked || System.currentTimeMillis() > deadline) {
          throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        System.out.println("[it-stack] apt is busy (another apt-get holds its lock); waiting");
        Thread.sleep(5_000);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted: " + command, e);
      }
    }
  }
}
