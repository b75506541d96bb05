package org.jbcos.tools.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes the chain's files: private keys readable by the owner only, scripts executable. */
final class ChainFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final Set<PosixFilePermission> SECRET =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> SCRIPT =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private ChainFiles() {}

  /**
   * rwxr-xr-x, for a directory made by {@code Files.createTempDirectory} (which gives rwx------).
   */
  static void makeListable(Path dir) {
    setPermissions(dir, SCRIPT);
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  static void writeSecret(Path file, String text) {
    write(file, text);
    setPermissions(file, SECRET);
  }

  static void writeScript(Path file, String text) {
    write(file, text);
    setPermissions(file, SCRIPT);
  }

  private static void setPermissions(Path file, Set<PosixFilePermission> permissions) {
    if (!POSIX) {
      return;
    }
    try {
      Files.setPosixFilePermissions(file, permissions);
    } catch (IOException e) {
      throw new UncheckedIOException("could not set the permissions of " + file, e);
    }
  }
}
