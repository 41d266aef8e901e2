/** Version of the extraction pipeline; stored on every row so re-runs know what produced it. */
export const PIPELINE_VERSION = '0.1.0';
