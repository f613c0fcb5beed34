package nl.waakvlam.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference application ({@code reference.ReferenceApplication}, a plain Spring Boot owner page)
 * started beside Waakvlam from the benchmark's own classpath, with the JVM's default options, so that
 * every sitting measures both in the same minutes. Also reads a process's resident memory.
 */
final class ReferenceTarget {

    static final String PORT = System.getProperty("benchmark.reference-port", "18090");
    final String baseUrl = "http://127.0.0.1:" + PORT;
    private final Process process;

    private ReferenceTarget(Process process) {
        this.process = process;
    }

    static ReferenceTarget start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.waakvlam.benchmark.reference.ReferenceApplication",
                "--server.port=" + PORT));
        try {
            Path log = Path.of("target", "benchmark-reference.log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ReferenceTarget target = new ReferenceTarget(process);
            target.awaitReady();
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the reference application", e);
        }
    }

    long pid() {
        return process.pid();
    }

    void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the reference application stopped; see target/benchmark-reference.log");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/owners/1")).build(),
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
            }
        }
        throw new IllegalStateException("the reference application did not answer within two minutes");
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
