/** Version of the extraction pipeline; stored on every row so re-runs know what produced it. */
export const PIPELINE_VERSION = '0.7.6';

/** Version of field extraction and checks; a change re-extracts stored pages without re-reading PDFs. */
export const EXTRACTOR_VERSION = '0.18.180';
