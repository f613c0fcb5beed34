package nl.waakvlam.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference application ({@code reference.ReferenceApplication}, a plain Spring Boot owner page)
 * started beside Waakvlam from the benchmark's own classpath, with the JVM's default options, so that
 * every sitting measures both in the same minutes.
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
        LocalProcesses.awaitAnswer(URI.create(baseUrl + "/owners/1"), process, "target/benchmark-reference.log",
                Duration.ofMinutes(2));
    }
}
