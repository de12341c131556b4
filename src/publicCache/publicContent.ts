/**
 * What anonymous readers may read, by slug: the publishable collections, their media, the organ's details.
 * Kept as plain names (no collection configs) so the read cache's process loads nothing else; a test checks
 * them against the plugin's collections.
 */
export const PUBLIC_COLLECTIONS = ['news', 'policies', 'policy-interpretations', 'meetings', 'annual-reports', 'media']
export const PUBLIC_GLOBALS = ['organ']
