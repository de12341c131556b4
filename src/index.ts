export { govPublishing, type GovPublishingOptions } from './plugin'
export { PUBLISHABLE_SLUGS } from './publishable'
