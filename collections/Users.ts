import type { CollectionConfig, Field } from 'payload'

import { adminField, adminOrStaffSelf, adminsOnly, isStaff, ROLES, roleLabels } from '../src/access'
import { GROUPS } from '../src/adminGroups'

export const rolesField: Field = {
  name: 'roles',
  type: 'select',
  access: { create: adminField, update: adminField },
  defaultValue: ['editor'],
  hasMany: true,
  label: { en: 'Roles', zh: '角色' },
  options: ROLES.map((value) => ({ label: roleLabels[value], value })),
  required: true,
  saveToJWT: true,
}

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    // The admin panel is for staff; a printer's account only takes print jobs (Payload lets any user in).
    admin: ({ req }) => isStaff(req.user),
    create: adminsOnly,
    delete: adminsOnly,
    read: adminOrStaffSelf,
    // Payload lets any signed-in user unlock any account by default.
    unlock: adminsOnly,
    update: adminOrStaffSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    group: GROUPS.system,
    useAsTitle: 'name',
  },
  // Printers sign in with an API key (Authorization: users API-Key …).
  auth: { useAPIKey: true },
  fields: [
    {
      name: 'name',
      type: 'text',
      // The audit log records who acted by this name: nobody renames themself.
      access: { update: adminField },
      label: { en: 'Name', zh: '姓名' },
      required: true,
    },
    rolesField,
  ],
  labels: {
    plural: { en: 'Users', zh: '用户' },
    singular: { en: 'User', zh: '用户' },
  },
}
