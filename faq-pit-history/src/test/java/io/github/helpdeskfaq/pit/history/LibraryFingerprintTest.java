package io.github.helpdeskfaq.pit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryFingerprintTest {

  @TempDir
  Path folder;

  @Test
  void a_jar_rebuilt_with_the_same_classes_keeps_it_whatever_its_order_times_and_folders() throws IOException {
    String built = LibraryFingerprint.of(List.of(jar("one/lib.jar", 1, "a/A.class", "A", "a/B.class", "B")));
    String rebuilt = LibraryFingerprint.of(
        List.of(jar("two/lib.jar", 2, "a/", "", "a/B.class", "B", "a/A.class", "A")));

    assertThat(rebuilt).isEqualTo(built).matches("[0-9a-f]{64}");
  }

  @Test
  void a_changed_class_changes_it() throws IOException {
    String built = LibraryFingerprint.of(List.of(jar("one/lib.jar", 1, "a/A.class", "A", "a/B.class", "B")));
    String changed = LibraryFingerprint.of(List.of(jar("two/lib.jar", 1, "a/A.class", "A", "a/B.class", "C")));

    assertThat(changed).isNotEqualTo(built);
  }

  @Test
  void only_jars_count_and_an_unreadable_one_counts_as_such() throws IOException {
    String lib = jar("lib.jar", 1, "a/A.class", "A");
    Path notAJar = Files.writeString(folder.resolve("broken.jar"), "not a zip");

    assertThat(LibraryFingerprint.of(List.of(lib, folder.resolve("classes").toString())))
        .isEqualTo(LibraryFingerprint.of(List.of(lib)));
    assertThat(LibraryFingerprint.of(List.of(lib, notAJar.toString())))
        .isNotEqualTo(LibraryFingerprint.of(List.of(lib)));
  }

  /** A jar of the entries, named then their content, in this order, each modified on day {@code time}. */
  private String jar(String name, long time, String... entries) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        ZipEntry zipEntry = new ZipEntry(entries[i]);
        zipEntry.setLastModifiedTime(FileTime.fromMillis(time * 86_400_000L));
        zip.putNextEntry(zipEntry);
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file.toString();
  }
}
