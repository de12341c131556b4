import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withConditionalGet } from '../../../../channels/conditionalGet'
import { withWholeBody } from '../../../../wholeBody'

export const GET = withConditionalGet(REST_GET(config))
export const POST = withWholeBody(REST_POST(config))
export const DELETE = withWholeBody(REST_DELETE(config))
export const PATCH = withWholeBody(REST_PATCH(config))
export const PUT = withWholeBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
