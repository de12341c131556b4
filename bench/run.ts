/** `npm run bench`: every benchmark, numbers printed. */
import { benchChecks } from './checks'

benchChecks()
