import type { CollectionConfig, GlobalConfig } from 'payload'

import { gateGlobalWrites, gateWrites } from '../hooks/gateWrites'
import { publishedOnlyForPublic } from '../hooks/publishedOnlyForPublic'
import { trackGlobalWorkflow, trackWorkflow } from '../hooks/trackWorkflow'
import { isStaff } from './access'
import { workflowField } from './fields/workflow'
import { reviewEndpoints } from './workflow/endpoint'
import type { ReviewLevel } from './workflow/levels'

const NO_PUBLISH_BUTTON = '/admin/NoPublishButton#NoPublishButton'
const WORKFLOW_STATUS = '/admin/WorkflowStatus#WorkflowStatus'
/** Versions named by what made them (a decision, a change), not all 草稿 as Payload's list has them. */
const withVersionsView = <E extends object>(edit: E | undefined): E =>
  ({ ...edit, versions: { Component: '/admin/VersionsByEvent#VersionsByEvent' } }) as E

/** Drafts are validated too: a bad value is refused when typed, not discovered at review time. */
const DRAFTS = { drafts: { validate: true } } as const

/**
 * What makes a collection's texts pass 分级审核 before the public sees them: drafts, the workflow record, the
 * gate's hooks (every write outside the gate is a draft; a change voids the review) and the review's endpoints
 * (decisions, what changed).
 * `enabled: false` keeps the fields (the schema does not change) and drops the hooks and the endpoints.
 */
export function withReview(collection: CollectionConfig, enabled: boolean, levels: ReviewLevel[]): CollectionConfig {
  return {
    ...collection,
    access: { readVersions: ({ req }) => isStaff(req.user), ...collection.access },
    admin: {
      ...collection.admin,
      // The review state says more than Payload's draft/published status: show it instead.
      defaultColumns: collection.admin?.defaultColumns?.map((c) => (c === '_status' ? 'workflow.state' : c)),
      components: {
        ...collection.admin?.components,
        edit: { ...collection.admin?.components?.edit, PublishButton: NO_PUBLISH_BUTTON, Status: WORKFLOW_STATUS },
        views: { ...collection.admin?.components?.views, edit: withVersionsView(collection.admin?.components?.views?.edit) },
      },
    },
    endpoints: [...(collection.endpoints || []), ...(enabled ? reviewEndpoints(collection.slug) : [])],
    // First in the sidebar: the state and the decisions are what an item's page is opened for.
    fields: [workflowField(levels), ...collection.fields],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(enabled ? [trackWorkflow] : []), ...(collection.hooks?.beforeChange ?? [])],
      beforeOperation: [publishedOnlyForPublic, ...(enabled ? [gateWrites] : []), ...(collection.hooks?.beforeOperation ?? [])],
    },
    versions: { ...DRAFTS, maxPerDoc: 200 },
  }
}

/**
 * The same for a global whose details reach the public (the organ's names and contact details): a save is a
 * draft, the version in force is the last one both reviews passed, and the public reads only that one.
 */
export function withReviewedGlobal(global: GlobalConfig, enabled: boolean, levels: ReviewLevel[]): GlobalConfig {
  return {
    ...global,
    access: {
      // Before its first reviewed version a global shows the public nothing.
      read: ({ req }) => isStaff(req.user) || { _status: { equals: 'published' } },
      readVersions: ({ req }) => isStaff(req.user),
      ...global.access,
    },
    admin: {
      ...global.admin,
      components: {
        ...global.admin?.components,
        elements: { ...global.admin?.components?.elements, PublishButton: NO_PUBLISH_BUTTON, Status: WORKFLOW_STATUS },
        views: { ...global.admin?.components?.views, edit: withVersionsView(global.admin?.components?.views?.edit) },
      },
    },
    endpoints: [...(global.endpoints || []), ...(enabled ? reviewEndpoints(global.slug, true) : [])],
    fields: [workflowField(levels), ...global.fields],
    hooks: {
      ...global.hooks,
      beforeChange: [...(enabled ? [trackGlobalWorkflow] : []), ...(global.hooks?.beforeChange ?? [])],
      beforeOperation: [...(enabled ? [gateGlobalWrites] : []), ...(global.hooks?.beforeOperation ?? [])],
    },
    versions: { ...DRAFTS, max: 100 },
  }
}
