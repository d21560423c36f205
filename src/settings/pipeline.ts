/** The analyze orchestration. */
export const pipelineSettings = {
  /**
   * Per-document analysis time budget (like HTML extraction's `perDocumentTimeoutMs`): a document whose
   * annotation takes longer is reported (`timeout`, skipped) and left out of its story's claims, and the
   * batch goes on. A long news report (20 KB) annotates in ~0.3 s on the 2-core target machine; 1 MB of
   * prose in ~13 s.
   */
  analysisBudgetMs: 30_000,
  /**
   * Longest clean text that is analysed at all (characters). About 2 MB of prose takes ~30 s, the budget
   * above; no news report comes near (the longest ECB+ report is under 20 KB), and a 50 MB single-line
   * input ran for minutes and lost the batch.
   */
  maxAnalysisChars: 2_000_000,
};
