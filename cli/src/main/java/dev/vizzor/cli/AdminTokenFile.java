package dev.vizzor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The generated admin token on disk, so {@code vizzor api key …} in another shell can use the local
 * suite's admin API. Only the owner may read it.
 */
public final class AdminTokenFile {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private AdminTokenFile() {}

  /**
   * The file is created 0600 before the token goes in, so it is never readable by others, not even
   * for a moment; the rename makes readers see the whole token or none.
   */
  public static void write(Path file, String token) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.writeString(tmp, token + "\n");
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file).strip()).filter(token -> !token.isEmpty());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
