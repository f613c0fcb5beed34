package nl.waakvlam.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** What the benchmark needs of the applications it measures on this machine: readiness and memory. */
final class LocalProcesses {

    private LocalProcesses() {
    }

    /**
     * Waits until {@code uri} answers 200; fails when {@code process} (if the benchmark started one)
     * stops first, naming its {@code log}, or when the patience runs out.
     */
    static void awaitAnswer(URI uri, Process process, String log, Duration patience) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(uri + " did not answer within " + patience);
    }

    /** A process's resident set size in MB (Linux), or empty where /proc does not tell. */
    static Optional<Long> residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return Optional.empty();
    }
}
