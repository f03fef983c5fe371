package io.github.helpdeskfaq.mirror;

import io.github.helpdeskfaq.domain.FaqId;
import io.github.helpdeskfaq.domain.ImageKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a mirror keeps what, as {@link Mirror} shows it: the one place that names its files. Every name is made from
 * a validated {@link FaqId} or {@link ImageKey} (ASCII letters, digits, {@code -}, {@code _}, {@code .}) and, for an
 * image, an extension from its content type ({@link ImageFiles}); nothing the helpdesk writes in a FAQ or a header
 * ever becomes part of a path. Anything else in {@code DIR} is not the mirror's, and a sync leaves it alone.
 */
final class MirrorLayout {

  static final String INDEX = "index.md";
  static final String JSON_LINES = "faqs.jsonl";
  static final String FAQS = "faqs";
  static final String MANIFEST = ".faq-mirror.json";
  static final String LOCK = ".faq-mirror.lock";
  /** Where new pages go, for {@link Publisher}; a sync leaves it alone. */
  static final String NEW = "new";
  static final String PUBLISH_JOURNAL = ".faq-publish.json";
  /** What a sync replaces or removes in {@code DIR}: never there unless a mirror is. */
  static final List<String> OWN = List.of(INDEX, JSON_LINES, FAQS);

  private final Path root;
  private final Path faqs;

  MirrorLayout(Path root) {
    this.root = Objects.requireNonNull(root, "root");
    this.faqs = root.resolve(FAQS);
  }

  Path root() {
    return root;
  }

  Path index() {
    return root.resolve(INDEX);
  }

  Path jsonLines() {
    return root.resolve(JSON_LINES);
  }

  Path manifest() {
    return root.resolve(MANIFEST);
  }

  Path lock() {
    return root.resolve(LOCK);
  }

  Path newPages() {
    return root.resolve(NEW);
  }

  Path publishJournal() {
    return root.resolve(PUBLISH_JOURNAL);
  }

  /** The folder that holds every FAQ's folder. */
  Path faqsFolder() {
    return faqs;
  }

  /** The folder of one FAQ: its page and its images. */
  Path folder(FaqId id) {
    return faqsFolder().resolve(id.value());
  }

  /** The FAQ's page. */
  Path page(FaqId id) {
    return FaqFiles.page(folder(id), id);
  }

  /** An image of the FAQ, by a file name that {@link ImageFiles#fileNameFor} gave. */
  Path image(FaqId id, String fileName) {
    return folder(id).resolve(fileName);
  }

  /** The file name of a FAQ's page, in the mirror and wherever else it is written. */
  static String pageName(FaqId id) {
    return id.value() + ".md";
  }

  /** The page's path relative to {@code DIR}, with {@code /}: for links in the index and for the manifest. */
  static String pageLink(FaqId id) {
    return FAQS + "/" + id.value() + "/" + pageName(id);
  }

  /** An image's path relative to {@code DIR}, with {@code /}: for the manifest. */
  static String imageLink(FaqId id, String fileName) {
    return FAQS + "/" + id.value() + "/" + fileName;
  }
}
