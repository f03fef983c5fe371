package io.github.helpdeskfaq.mirror;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A folder, or a file in it, that may not be used: refused before anything was written there. What to do about it is
 * the user's choice (another folder, a writable file, waiting for the other sync); trying again as it is fails again.
 */
public final class MirrorFolderException extends MirrorException {

  private static final long serialVersionUID = 1L;

  /** Why the folder or the file may not be used. */
  public enum Reason {
    /** Another sync or publish is writing into the folder {@link #path()}: it holds the folder's lock. */
    LOCKED,
    /**
     * The folder holds what a sync writes ({@link #names()}) but no mirror: not the manifest {@link #path()}, so a
     * sync would replace files that are not its own.
     */
    NOT_A_MIRROR,
    /** The manifest {@link #path()} is of a newer {@link #format()} than this version reads. */
    NEWER_FORMAT,
    /** The file {@link #path()} exists and is read-only: it is not replaced. */
    READ_ONLY_FILE,
    /** A folder is at {@link #path()}, where a file is to be written. */
    FOLDER_IN_THE_WAY,
    /** There is no mirror to publish: the manifest {@link #path()} is missing or cannot be read. */
    NO_MIRROR,
    /**
     * The journal of a publish, {@link #path()}, cannot be read: the creates an interrupted publish may have made
     * cannot be known.
     */
    UNREADABLE_JOURNAL
  }

  private final Reason reason;
  private final transient Path path;
  private final transient List<String> names;
  private final int format;

  private MirrorFolderException(Reason reason, Path path, List<String> names, int format, String message) {
    super(message, null);
    this.reason = reason;
    this.path = Objects.requireNonNull(path, "path");
    this.names = List.copyOf(names);
    this.format = format;
  }

  static MirrorFolderException locked(Path folder) {
    return new MirrorFolderException(Reason.LOCKED, folder, List.of(), 0,
        "another sync or publish is writing into " + folder);
  }

  static MirrorFolderException notAMirror(Path manifest, List<String> names) {
    return new MirrorFolderException(Reason.NOT_A_MIRROR, manifest, names, 0, manifest.getParent() + " holds "
        + String.join(", ", names) + " but no mirror (no " + manifest.getFileName() + "), which a sync would replace");
  }

  static MirrorFolderException newerFormat(Path manifest, int format) {
    return new MirrorFolderException(Reason.NEWER_FORMAT, manifest, List.of(), format,
        manifest + " was written by a newer faq-mirror (manifest format " + format + ")");
  }

  static MirrorFolderException noMirror(Path manifest, String why) {
    return new MirrorFolderException(Reason.NO_MIRROR, manifest, List.of(), 0,
        "no mirror to publish in " + manifest.getParent() + ": " + why + "; sync into it first");
  }

  static MirrorFolderException unreadableJournal(Path journal, String why) {
    return new MirrorFolderException(Reason.UNREADABLE_JOURNAL, journal, List.of(), 0, "cannot read " + journal
        + " (" + why + "), which records the FAQs an interrupted publish may have created; check the helpdesk for "
        + "the questions of the pages in " + MirrorLayout.NEW + ", remove the pages it has, then remove the file");
  }

  static MirrorFolderException readOnly(Path file) {
    return new MirrorFolderException(Reason.READ_ONLY_FILE, file, List.of(), 0,
        "will not replace " + file + ": it is read-only");
  }

  static MirrorFolderException folderInTheWay(Path file) {
    return new MirrorFolderException(Reason.FOLDER_IN_THE_WAY, file, List.of(), 0,
        "cannot write " + file + ": a folder is in the way");
  }

  /**
   * Why.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The folder or the file that may not be used, as {@link Reason} says for each.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  /**
   * For {@link Reason#NOT_A_MIRROR}, the names in the folder that a sync would replace, in the order a sync writes
   * them; empty otherwise.
   *
   * @return the names
   */
  public List<String> names() {
    return names;
  }

  /**
   * For {@link Reason#NEWER_FORMAT}, the manifest's format; empty otherwise.
   *
   * @return the format
   */
  public OptionalInt format() {
    return reason == Reason.NEWER_FORMAT ? OptionalInt.of(format) : OptionalInt.empty();
  }
}
