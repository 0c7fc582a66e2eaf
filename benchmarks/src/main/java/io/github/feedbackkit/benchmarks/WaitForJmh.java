package io.github.feedbackkit.benchmarks;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Waits until no other JMH run holds JMH's machine-wide lock ({@code <java.io.tmpdir>/jmh.lock}),
 * so that {@code run.sh} neither fails nor measures while another benchmark competes for the CPU:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.feedbackkit.benchmarks.WaitForJmh 1200
 * }</pre>
 *
 * <p>Exits with 0 once the lock is free, 1 when it is still held after the given seconds.
 */
public final class WaitForJmh {
  private WaitForJmh() {}

  /**
   * @param args the most seconds to wait (default 1200)
   * @throws IOException when the lock file cannot be opened
   * @throws InterruptedException when interrupted while waiting
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 1200;
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
    boolean told = false;
    while (true) {
      try (FileChannel channel =
              FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = tryLock(channel)) {
        if (held != null) {
          System.exit(0);
        }
      }
      if (System.nanoTime() > deadline) {
        System.err.println("Another JMH run still holds " + lock + " after " + seconds + " s.");
        System.exit(1);
      }
      if (!told) {
        System.err.println("Another JMH run holds " + lock + "; waiting for it to finish ...");
        told = true;
      }
      Thread.sleep(5_000);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }
}
