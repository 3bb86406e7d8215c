package dev.vizzor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenFileTest {

  @Test
  void onlyTheOwnerMayReadOrWriteIt(@TempDir Path dir) throws Exception {
    SuiteLayout layout = new SuiteLayout(dir, dir.resolve("lib"));
    AdminTokenFile.write(layout.adminTokenFile(), "s3cret");
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(layout.adminTokenFile())));
    assertEquals(Optional.of("s3cret"), AdminTokenFile.read(layout.adminTokenFile()));
  }

  @Test
  void replacingALooserFileLeavesItOwnerOnly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".vizzor/admin.token");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    AdminTokenFile.write(file, "new");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(Optional.of("new"), AdminTokenFile.read(file));
    assertFalse(Files.exists(dir.resolve(".vizzor/admin.token.tmp")));
  }

  @Test
  void missingOrEmptyFileMeansNoToken(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("admin.token");
    assertTrue(AdminTokenFile.read(file).isEmpty());
    Files.writeString(file, "\n");
    assertTrue(AdminTokenFile.read(file).isEmpty());
  }

  @Test
  void stoppingTheSuiteForgetsTheToken(@TempDir Path dir) {
    SuiteLayout layout = new SuiteLayout(dir, dir.resolve("lib"));
    AdminTokenFile.write(layout.adminTokenFile(), "s3cret");
    SuiteState.clear(layout);
    assertFalse(Files.exists(layout.adminTokenFile()));
  }
}
