package org.jbcos.sync;

/**
 * What became of a block handed to the {@link BlockImporter}.
 *
 * @param imported true if it is now the head
 * @param reason why not, empty when imported
 */
public record ImportResult(boolean imported, String reason) {
  private static final ImportResult SUCCESS = new ImportResult(true, "");

  public static ImportResult success() {
    return SUCCESS;
  }

  public static ImportResult rejected(String reason) {
    return new ImportResult(false, reason);
  }
}
