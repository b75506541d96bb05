package org.jbcos.consensus.pbft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A {@link PrepareBackup} in one file, {@code <dir>/committed}, replaced atomically (write a
 * temporary file, force it to disk, rename).
 */
public final class FilePrepareBackup implements PrepareBackup {
  private final Path file;
  private final Path temporary;

  public FilePrepareBackup(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the PBFT backup directory " + directory, e);
    }
    this.file = directory.resolve("committed");
    this.temporary = directory.resolve("committed.tmp");
  }

  @Override
  public void save(byte[] encodedPrepare) {
    try {
      Files.write(temporary, encodedPrepare);
      try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot back up the committed prepare to " + file, e);
    }
  }

  @Override
  public Optional<byte[]> load() {
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the PBFT backup " + file, e);
    }
  }
}
