import type { GenericTranslationsObject } from '@payloadcms/translations'

/**
 * The admin words of our components and option labels, in the default language. Its shape is the one every
 * language fills in (`GovPublishingTranslations`): a key missing or extra in another language does not compile.
 * Keys are read as `govPublishing:<group>:<key>`; `{{name}}` is filled in by Payload's `t`.
 */
export const zh = {
  /** Payload's own words we say otherwise: the account page's settings are this product's, not Payload's. */
  general: {
    payloadSettings: '界面设置',
  },
  govPublishing: {
    /** What was done to an item: audit-log actions, the workflow buttons, and what a delivery did. */
    actions: {
      acknowledge: '确认机器初审提示',
      approve: '审签通过',
      check: '机器初审拦截',
      'pass-review': '审核通过',
      publish: '发布',
      reject: '退回修改',
      submit: '提交审核',
      void: '修改后作废',
      withdraw: '撤回',
    },
    /** What changed in the version under review (src/admin/ReviewChanges.tsx). */
    changes: {
      against: '与{{date}}发布的版本相比',
      againstUndated: '与已发布的版本相比',
      empty: '（空）',
      failed: '无法读取修改内容：',
      neverPublished: '此前未发布，以下全部为新增内容。',
      newTitle: '新增内容',
      no: '否',
      none: '与已发布的版本相比没有修改。',
      title: '本次修改',
      yes: '是',
    },
    channels: {
      noticeboard: '公示栏',
      website: '政府网站',
      wechat: '微信公众号',
    },
    deliveryStatuses: {
      delivered: '已送达',
      failed: '失败',
      queued: '排队中',
      sending: '发送中',
      withdrawn: '已撤下',
    },
    dueRequests: {
      due: '答复期限',
      daysLeft: '剩余{{days}}个工作日',
      daysOverdue: '已超期{{days}}个工作日',
      title: '依申请公开即将到期',
    },
    findings: {
      block: '须修改',
      deleteIt: '（删除）',
      mediaFields: {
        alt: '替代文字',
        caption: '说明文字',
        filename: '文件名',
      },
      none: '未发现问题。',
      suggestion: '建议：',
      warn: '请核对',
    },
    myQueue: {
      empty: '暂无待处理事项。',
      title: '待我处理',
    },
    /** The product's name, on the login page and beside the organ's. */
    product: {
      name: '政务信息公开发布系统',
    },
    /** The annual report's panel: compile, validate, preview. */
    report: {
      compile: '汇总生成',
      compileHint: '汇总按系统记录填写各表并保存为草稿，人工改过的数值保留；未保存的修改会丢失，请先保存。',
      compiled: '已汇总，各表已按系统记录填写。',
      compiledKept: '已汇总；{{count}}处人工修改的数值未覆盖。',
      errorCount: '校验发现{{count}}处问题（提交审核前须改正）',
      previewHtml: '预览网页版',
      previewPdf: '预览PDF',
      saveFirst: '保存草稿后可汇总、校验和预览。',
      title: '年度报告',
      valid: '校验通过，未发现问题。',
      validate: '校验',
    },
    /** 依申请公开 in the admin. */
    requests: {
      answerLetter: '答复书',
      answerLetterNeedsOutcome: '登记办理结果并保存后可生成答复书。',
      openAnswerLetter: '打开答复书（PDF）',
    },
    /** Who someone is in the workflow (the users' roles). */
    roles: {
      admin: '系统管理员',
      approver: '审签领导',
      editor: '内容编辑',
      printer: '公示栏打印机',
      reviewer: '保密审查员',
    },
    states: {
      approved: '已审签，待定时发布',
      draft: '草稿',
      'pending-approval': '待审签',
      'pending-review': '待审核',
      published: '已发布',
      withdrawn: '已撤回',
    },
    /** The versions of a reviewed item, by what made each. */
    versions: {
      compare: '与上一版比较',
      created: '创建',
      edited: '保存修改',
      event: '事件',
      published: '发布',
      state: '审核状态',
      title: '历史版本',
      wentOut: '同时发布',
      when: '时间',
    },
    workflow: {
      acknowledgeWarnings: '我已逐条核对以上提示',
      check: '检查',
      checkResult: '检查结果',
      comment: '意见或理由',
      commentPlaceholder: '意见或理由（退回、撤回时必填）',
      lastSubmission: '上次提交的机器初审结果',
      liveStays: '（线上仍为已发布版本）',
      locked: '审核中，内容已锁定，审核人审的就是这一版。',
      openArticle: '查看文章',
      previewSheet: '预览公示栏张贴页',
      previewWechat: '预览微信文章',
      printJob: '打印任务',
      retry: '重试',
      returnedBecause: '退回理由：',
      saveFirst: '保存草稿后可提交审核。',
      state: '审核状态',
      title: '审核流程',
      unlock: '修改内容',
      unlockedWarning: '已解锁：保存修改后本轮审核作废，须重新提交审核。',
      warnings: '机器初审提示',
    },
  },
} satisfies GenericTranslationsObject

export type GovPublishingTranslations = typeof zh
