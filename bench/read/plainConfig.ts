/**
 * The comparison: plain Payload 3 with a news collection equivalent to ours (drafts, public reads of published
 * items, rich text), no plugin, no cache, the database adapter as Payload ships it.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

const url = process.env.DATABASE_URL!

export default buildConfig({
  collections: [
    {
      slug: 'news',
      access: { read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }) },
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'summary', type: 'textarea' },
        { name: 'body', type: 'richText' },
        { name: 'publishedAt', type: 'date', index: true },
      ],
      versions: { drafts: true },
    },
    { slug: 'users', auth: true, fields: [] },
  ],
  db: url.startsWith('file:')
    ? sqliteAdapter({ client: { url }, push: true })
    : postgresAdapter({ pool: { connectionString: url, max: 10 }, push: true }),
  editor: lexicalEditor(),
  secret: 'plain-bench-secret',
})
