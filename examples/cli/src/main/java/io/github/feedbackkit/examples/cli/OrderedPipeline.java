package io.github.feedbackkit.examples.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on all cores and hands the results to a sink in input
 * order, with at most {@code window} items in flight: memory stays constant however long the
 * stream, and the sink (which writes the output) runs on the calling thread only. The function
 * must not throw; if it does, the exception is handed to {@code onFailure} for that item.
 *
 * <pre>{@code
 * OrderedPipeline.run(items, item -> check(item), out::print, 4, 256);
 * }</pre>
 */
final class OrderedPipeline {
  private OrderedPipeline() {}

  static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  static <I, O> void run(
      Iterator<I> items,
      Function<I, O> work,
      BiFunction<I, Throwable, O> onFailure,
      Consumer<O> sink,
      int threads,
      int window) {
    if (!items.hasNext()) {
      return;
    }
    I first = items.next();
    if (!items.hasNext() || threads <= 1) {
      // one item (the common interactive case) or no parallelism wanted: no threads at all
      sink.accept(apply(work, onFailure, first));
      while (items.hasNext()) {
        sink.accept(apply(work, onFailure, items.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      ArrayDeque<CompletableFuture<O>> inFlight = new ArrayDeque<>(window);
      ArrayDeque<I> inFlightItems = new ArrayDeque<>(window);
      I item = first;
      while (item != null) {
        I current = item;
        inFlight.addLast(CompletableFuture.supplyAsync(() -> apply(work, onFailure, current), pool));
        inFlightItems.addLast(current);
        while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peekFirst().isDone())) {
          sink.accept(join(inFlight.removeFirst(), inFlightItems.removeFirst(), onFailure));
        }
        item = items.hasNext() ? items.next() : null;
      }
      while (!inFlight.isEmpty()) {
        sink.accept(join(inFlight.removeFirst(), inFlightItems.removeFirst(), onFailure));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <I, O> O apply(Function<I, O> work, BiFunction<I, Throwable, O> onFailure, I item) {
    try {
      return work.apply(item);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return onFailure.apply(item, e);
    }
  }

  private static <I, O> O join(CompletableFuture<O> f, I item, BiFunction<I, Throwable, O> onFailure) {
    try {
      return f.join();
    } catch (CompletionException e) {
      return onFailure.apply(item, e.getCause() != null ? e.getCause() : e);
    }
  }

  private static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "feedbackkit-worker");
      t.setDaemon(true);
      return t;
    };
  }
}
