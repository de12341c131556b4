import type { CollectionConfig, Field, NumberField } from 'payload'

import { nobody } from '../src/access'
import { CHANNELS } from '../src/fields/disclosure'
import { jsonTypes } from '../src/fields/jsonSchemas'
import { reportEndpoints } from '../src/report/endpoints'

import {
  type Label,
  section2Tables,
  section3Columns,
  section3Rows,
  section4Columns,
  section4Groups,
  sectionHeadings,
  signatureLabels,
} from '../src/report/format'

/**
 * A table cell. Left blank until someone fills or compiles it: the report validator (not the form) says
 * that a blank cell is an error, so a half-filled draft can still be saved.
 */
const cell = (key: string, label: Label, decimal = false): NumberField => ({
  name: key,
  type: 'number',
  admin: { step: decimal ? 0.0001 : 1 },
  label,
  min: 0,
  validate: (value: null | number | number[] | undefined) => {
    if (value === null || value === undefined) return true
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      return '须为非负数 / Must be a non-negative number'
    }
    return decimal || Number.isInteger(value) ? true : '须为整数 / Must be a whole number'
  },
})

/** A section 一 figure: items published this year, in total or on one channel. */
const figure = (name: string, label: Label): NumberField => ({ name, type: 'number', label, min: 0 })

const tableRow = (key: string, label: Label, cells: Field[]): Field => ({
  name: key,
  type: 'group',
  fields: [{ type: 'row', fields: cells }],
  label,
})

const narrative = (name: string, heading: string, en: string): Field => ({
  name,
  type: 'textarea',
  admin: { rows: 8 },
  label: { en, zh: heading },
})

/** A tab holding one official table as a group of rows, each a group of number cells. */
const tableTab = (
  name: string,
  heading: string,
  rows: readonly { key: string; label: Label }[],
  columns: readonly { key: string; label: Label }[],
) => ({
  fields: [
    {
      name,
      type: 'group' as const,
      fields: rows.map((row) =>
        tableRow(
          row.key,
          row.label,
          columns.map((column) => cell(column.key, column.label)),
        ),
      ),
      label: heading,
    },
  ],
  label: heading,
})

const proactiveTables: Field[] = Object.entries(section2Tables).map(([tableKey, table]) => ({
  name: tableKey,
  type: 'group',
  fields: table.rows.map((row) =>
    tableRow(
      row.key,
      row.label,
      table.columns.map((column) => cell(column.key, column.label, tableKey === 'fees')),
    ),
  ),
  label: table.title,
}))

export const AnnualReports: CollectionConfig = {
  slug: 'annual-reports',
  endpoints: reportEndpoints,
  admin: {
    defaultColumns: ['title', 'year', '_status'],
    useAsTitle: 'title',
  },
  fields: [
    {
      // First in the sidebar: compile, validate and preview are what an editor of a report does most.
      name: 'reportPanel',
      type: 'ui',
      admin: { components: { Field: '/admin/ReportPanel#ReportPanel' }, position: 'sidebar' },
    },
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', zh: '标题' },
      required: true,
    },
    {
      name: 'year',
      type: 'number',
      index: true,
      label: { en: 'Year reported on', zh: '报告年度' },
      max: 2100,
      min: 2008,
      required: true,
      unique: true,
    },
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            narrative('overview', sectionHeadings.overview, 'Overview'),
            {
              name: 'figures',
              type: 'group',
              admin: { description: { en: 'From the deliveries when compiled', zh: '汇总时按发布记录统计' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    figure('total', { en: 'Published proactively', zh: '主动公开信息总数' }),
                    ...CHANNELS.map(({ label, value }) => figure(value, label)),
                  ],
                },
              ],
              label: { en: 'Proactive disclosure this year', zh: '本年主动公开情况' },
            },
          ],
          label: sectionHeadings.overview,
        },
        {
          fields: [{ name: 'proactive', type: 'group', fields: proactiveTables, label: sectionHeadings.proactive }],
          label: sectionHeadings.proactive,
        },
        tableTab('requests', sectionHeadings.requests, section3Rows, section3Columns),
        tableTab('appeals', sectionHeadings.appeals, section4Groups, section4Columns),
        {
          fields: [
            narrative('problems', sectionHeadings.problems, 'Problems and improvements'),
            narrative('otherMatters', sectionHeadings.otherMatters, 'Other matters'),
          ],
          label: { en: 'Sections 5–6', zh: '五、六' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'signedBy',
          type: 'text',
          label: signatureLabels.signedBy,
        },
        {
          name: 'signedAt',
          type: 'date',
          admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
          label: signatureLabels.signedAt,
        },
      ],
    },
    {
      // Rendered from this version when it is submitted, so reviewers pass the very file that is published.
      name: 'reportPdf',
      type: 'upload',
      access: { create: nobody, update: nobody },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Report (PDF)', zh: '报告全文（PDF）' },
      relationTo: 'media',
    },
    {
      // What the last compile wrote, so the next one can tell a person's change from its own value.
      name: 'compiled',
      type: 'json',
      access: { create: nobody, update: nobody },
      admin: { hidden: true },
      typescriptSchema: jsonTypes.compiledValues,
    },
    {
      name: 'compiledAt',
      type: 'date',
      access: { create: nobody, update: nobody },
      admin: { date: { displayFormat: 'yyyy-MM-dd HH:mm', pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      label: { en: 'Compiled', zh: '最近汇总' },
    },
  ],
  labels: {
    plural: { en: 'Annual reports', zh: '年度报告' },
    singular: { en: 'Annual report', zh: '政府信息公开工作年度报告' },
  },
}
