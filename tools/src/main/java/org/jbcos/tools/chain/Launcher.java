package org.jbcos.tools.chain;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code jbcos} launcher that generated scripts run: {@code $JBCOS_HOME/jbcos} (the
 * launcher exports {@code JBCOS_HOME}), else the {@code jbcos} script of the source tree this code
 * was built in ({@code <root>/tools/target/...}).
 */
final class Launcher {
  static final String ENV = "JBCOS_HOME";
  static final String SCRIPT = "jbcos";

  private Launcher() {}

  static Optional<Path> find() {
    String home = System.getenv(ENV);
    if (home != null && !home.isBlank()) {
      Path script = Path.of(home).resolve(SCRIPT).toAbsolutePath().normalize();
      if (Files.isRegularFile(script)) {
        return Optional.of(script);
      }
    }
    return fromCodeLocation();
  }

  /** {@code <root>/jbcos} for code in {@code <root>/tools/target/jbcos-tools.jar} or classes. */
  private static Optional<Path> fromCodeLocation() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
      for (Path dir = location; dir != null; dir = dir.getParent()) {
        Path script = dir.resolve(SCRIPT);
        if (Files.isRegularFile(script) && Files.isRegularFile(dir.resolve("pom.xml"))) {
          return Optional.of(script);
        }
      }
      return Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
