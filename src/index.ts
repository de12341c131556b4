export { govPublishing, type GovPublishingOptions, PUBLISHABLE_SLUGS } from './plugin'
