package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the manifest of a mirror records about one FAQ: the {@code update_time} its page was written from, and each
 * image of its answer as saved, missing from the helpdesk, or failed.
 *
 * @param id the FAQ
 * @param updateTime its {@code update_time} when its page was written; empty when the helpdesk sent none
 * @param images the images saved, complete, beside the page
 * @param missing the images the helpdesk does not have (a dangling key); asked for again only when the FAQ changes
 * @param failed the images that could not be downloaded; asked for again by the next sync
 * @param pageSha256 the SHA-256 of the page as it was written, for {@link Publisher} to tell an edited page; empty
 *     when a sync of an earlier version wrote it
 */
record MirroredFaq(FaqId id, Optional<Instant> updateTime, List<Image> images, Set<ImageKey> missing,
    Set<ImageKey> failed, Optional<String> pageSha256) {

  /**
   * A complete image on disk.
   *
   * @param key its key
   * @param fileName its file name beside the page, as {@link ImageFiles#fileNameFor} gave it
   * @param size its size in bytes
   * @param sha256 the SHA-256 of its bytes, lower-case hexadecimal
   */
  record Image(ImageKey key, String fileName, long size, String sha256) {

    /** Validates the components: the file name must be one that the key's image may have. */
    Image {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(sha256, "sha256");
      if (!ImageFiles.isFileNameFor(key, fileName)) {
        throw new IllegalArgumentException("image file name " + fileName + " is not one for key " + key);
      }
      if (size < 0) {
        throw new IllegalArgumentException("image size must not be negative, was " + size);
      }
    }
  }

  /** Validates and copies the components. */
  MirroredFaq {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(updateTime, "updateTime");
    images = List.copyOf(images);
    missing = Set.copyOf(missing);
    failed = Set.copyOf(failed);
    Objects.requireNonNull(pageSha256, "pageSha256");
  }

  /** Every image key the FAQ's answer had when its page was written. */
  Set<ImageKey> imageKeys() {
    Set<ImageKey> keys = new HashSet<>(missing);
    keys.addAll(failed);
    for (Image image : images) {
      keys.add(image.key());
    }
    return keys;
  }

  /** The file name of each saved image, by key: what the page's image links show. */
  Map<ImageKey, String> imageFiles() {
    Map<ImageKey, String> files = new LinkedHashMap<>();
    images.forEach(image -> files.put(image.key(), image.fileName()));
    return files;
  }

  /** The saved image of a key, if there is one. */
  Optional<Image> image(ImageKey key) {
    for (Image image : images) {
      if (image.key().equals(key)) {
        return Optional.of(image);
      }
    }
    return Optional.empty();
  }
}
