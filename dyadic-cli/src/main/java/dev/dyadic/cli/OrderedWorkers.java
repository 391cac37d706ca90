package dev.dyadic.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a stream of inputs on a fixed number of threads, handing results back in input order, with
 * at most {@code 2 x threads} inputs in flight (back-pressure: memory stays flat whatever the input size).
 */
final class OrderedWorkers<I, O> implements AutoCloseable {
    private final ExecutorService pool;
    private final Function<I, O> work;
    private final Consumer<Result<I, O>> sink;
    private final int window;
    private final Deque<InFlight<I, O>> inFlight = new ArrayDeque<>();

    /** The outcome of one input: a value, or the failure it raised. */
    record Result<I, O>(I input, O value, Throwable failure) {
    }

    private record InFlight<I, O>(I input, Future<O> future) {
    }

    OrderedWorkers(int threads, Function<I, O> work, Consumer<Result<I, O>> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyadic-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = 2 * threads;
    }

    /** Queues one input; blocks while the window is full, delivering finished results in order. */
    void submit(I input) {
        while (inFlight.size() >= window) {
            deliverHead();
        }
        inFlight.add(new InFlight<>(input, pool.submit(() -> work.apply(input))));
    }

    /** Delivers everything still in flight. */
    void finish() {
        while (!inFlight.isEmpty()) {
            deliverHead();
        }
    }

    private void deliverHead() {
        InFlight<I, O> head = inFlight.poll();
        try {
            sink.accept(new Result<>(head.input(), head.future().get(), null));
        } catch (ExecutionException e) {
            sink.accept(new Result<>(head.input(), null, e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
