import type { GovPublishingTranslations } from './zh'

export const en: GovPublishingTranslations = {
  govPublishing: {
    actions: {
      acknowledge: 'Confirmed the automated warnings',
      approve: 'Approve',
      check: 'Stopped by the automated checks',
      'pass-review': 'Pass review',
      publish: 'Published',
      reject: 'Reject',
      submit: 'Submit for review',
      void: 'Voided by an edit',
      withdraw: 'Withdraw',
    },
    channels: {
      noticeboard: 'Notice board',
      website: 'Website',
      wechat: 'WeChat Official Account',
    },
    deliveryStatuses: {
      delivered: 'Delivered',
      failed: 'Failed',
      queued: 'Queued',
      sending: 'Sending',
      withdrawn: 'Withdrawn',
    },
    dueRequests: {
      due: 'due',
      daysLeft: '{{days}} working days left',
      daysOverdue: '{{days}} working days overdue',
      title: 'Disclosure requests due soon',
    },
    findings: {
      block: 'Must fix',
      deleteIt: '(delete)',
      none: 'Nothing found.',
      suggestion: 'Suggestion: ',
      warn: 'Check',
    },
    myQueue: {
      empty: 'Nothing is waiting for you.',
      title: 'Waiting for me',
    },
    product: {
      name: 'Government information publishing',
    },
    requests: {
      answerLetter: 'Answer letter',
      answerLetterNeedsOutcome: 'Save the outcome to produce the answer letter.',
      openAnswerLetter: 'Open the answer letter (PDF)',
    },
    states: {
      approved: 'Approved, waiting for its time',
      draft: 'Draft',
      'pending-approval': 'Waiting for approval',
      'pending-review': 'Waiting for review',
      published: 'Published',
      withdrawn: 'Withdrawn',
    },
    workflow: {
      acknowledgeWarnings: 'I have checked each warning above',
      check: 'Check',
      checkResult: 'Check result',
      comment: 'Comment or reason',
      commentPlaceholder: 'Comment (required to reject or withdraw)',
      lastSubmission: 'Automated checks of the last submission',
      openArticle: 'Open article',
      previewSheet: 'Preview the notice sheet',
      previewWechat: 'Preview the WeChat article',
      printJob: 'Print job',
      retry: 'Retry',
      returnedBecause: 'Returned because: ',
      saveFirst: 'Save the draft, then submit it for review.',
      title: 'Review',
      warnings: 'Automated check warnings',
    },
  },
}
