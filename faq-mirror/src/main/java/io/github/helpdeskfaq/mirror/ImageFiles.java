package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.ImageKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The file names of images: an image is saved as {@code <image-key>.<ext>}, the extension from its content type
 * ({@code image/png} gives {@code png}, an unknown type {@code bin}), and a file so named is read back as the content
 * type of its extension. Nothing else (no header of the server, no text of a FAQ) ever becomes part of a name.
 */
public final class ImageFiles {

  /** The extension of a content type that no entry below knows. */
  static final String UNKNOWN_EXTENSION = "bin";

  private static final Map<String, String> EXTENSIONS = Map.of(
      "image/png", "png",
      "image/jpeg", "jpg",
      "image/gif", "gif",
      "image/webp", "webp",
      "image/bmp", "bmp",
      "image/svg+xml", "svg",
      "image/tiff", "tif",
      "image/x-icon", "ico");

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "png", "image/png",
      "jpg", "image/jpeg",
      "jpeg", "image/jpeg",
      "gif", "image/gif",
      "webp", "image/webp",
      "bmp", "image/bmp",
      "svg", "image/svg+xml",
      "tif", "image/tiff",
      "tiff", "image/tiff",
      "ico", "image/x-icon");

  private ImageFiles() {}

  /**
   * The extension for a content type, ignoring parameters and case: {@code image/png} gives {@code png},
   * {@code image/jpeg} gives {@code jpg}, anything unknown {@code bin}.
   */
  static String extensionFor(String contentType) {
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return EXTENSIONS.getOrDefault(mediaType, UNKNOWN_EXTENSION);
  }

  /** The file name of an image saved under its own key: the key (already path-safe) and the extension. */
  static String fileNameFor(ImageKey key, String contentType) {
    return key.value() + "." + extensionFor(contentType);
  }

  /** Every file name that {@link #fileNameFor} may give an image of this key, whatever its content type. */
  static List<String> fileNamesFor(ImageKey key) {
    return Stream.concat(EXTENSIONS.values().stream(), Stream.of(UNKNOWN_EXTENSION)).distinct().sorted()
        .map(extension -> key.value() + "." + extension).toList();
  }

  /** Whether {@link #fileNameFor} may give this file name to an image of this key. */
  static boolean isFileNameFor(ImageKey key, String fileName) {
    String prefix = key.value() + ".";
    return fileName.startsWith(prefix) && (UNKNOWN_EXTENSION.equals(fileName.substring(prefix.length()))
        || EXTENSIONS.containsValue(fileName.substring(prefix.length())));
  }

  /**
   * The extensions that {@link #contentTypeFor} knows, to look for the file of an image by its key.
   *
   * @return the extensions, without the dot, in alphabetical order
   */
  public static List<String> knownExtensions() {
    return CONTENT_TYPES.keySet().stream().sorted().toList();
  }

  /**
   * The content type of an image file, from its name's extension, ignoring case.
   *
   * @param fileName the file's name
   * @return the content type, or empty when the extension is none of {@link #knownExtensions()}
   */
  public static Optional<String> contentTypeFor(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(CONTENT_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
