package io.github.helpdeskfaq.pit.history;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One fingerprint of the jars on a run's class path, the libraries and the other modules: each jar's file name and
 * its entries' names, sizes and CRCs as its directory records them. A jar rebuilt with the same classes keeps it.
 */
final class LibraryFingerprint {

  private LibraryFingerprint() {}

  static String of(Collection<String> classPath) {
    List<String> lines = new ArrayList<>();
    classPath.stream().filter(element -> element.endsWith(".jar")).sorted().forEach(jar -> {
      List<String> entries = new ArrayList<>();
      try (ZipFile zip = new ZipFile(jar)) {
        zip.stream().filter(entry -> !entry.isDirectory()).map(LibraryFingerprint::describe).forEach(entries::add);
      } catch (IOException unreadable) {
        entries.add("unreadable");
      }
      entries.sort(null);
      lines.add(new File(jar).getName());
      lines.addAll(entries);
    });
    return ClassFingerprints.sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static String describe(ZipEntry entry) {
    return entry.getName() + " " + entry.getSize() + " " + Long.toHexString(entry.getCrc());
  }
}
