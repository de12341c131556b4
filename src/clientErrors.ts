/**
 * Errors a client's request causes deep inside Payload or the database — a broken upload form, JSON nesting
 * too deep to copy, an id or value the database cannot take, a related document that does not exist — are
 * that request's fault: 400 with a clear message, not 500. Anything else stays a 500.
 */
const codeOf = (e: Error) => (e as { code?: string }).code ?? (e.cause as { code?: string } | undefined)?.code ?? ''

const CLIENT_ERRORS: Array<{ match: (error: Error) => boolean; message: string }> = [
  {
    match: (e) =>
      /Unexpected end of form|not eligible for file upload|uploadConfig\.handlers|Multipart: Boundary not found|Malformed part header/i.test(
        e.message,
      ),
    message: '上传请求格式错误，请以 multipart/form-data 发送文件 / Malformed upload request',
  },
  { match: (e) => e instanceof SyntaxError, message: '请求内容不是有效的 JSON / The request body is not valid JSON' },
  { match: (e) => e instanceof RangeError && /call stack/i.test(e.message), message: '请求数据嵌套过深 / The request data is nested too deeply' },
  {
    // PostgreSQL: invalid text representation (22P02), invalid enum/date value (22007, 22008), foreign key (23503).
    match: (e) => ['22P02', '22007', '22008', '23503'].includes(codeOf(e)),
    message: '请求中的值无效或所引用的条目不存在 / A value is invalid or refers to something that does not exist',
  },
  {
    // SQLite: a value it cannot bind (an object, or a date query that parsed to nothing), or a missing referenced row.
    match: (e) =>
      /can only bind|cannot be passed as argument to the database|FOREIGN KEY constraint failed/i.test(
        `${e.message} ${(e.cause as Error | undefined)?.message ?? ''}`,
      ),
    message: '请求中的值无效或所引用的条目不存在 / A value is invalid or refers to something that does not exist',
  },
]

export function clientError(error: Error): null | { message: string } {
  const known = CLIENT_ERRORS.find((candidate) => candidate.match(error))
  return known ? { message: known.message } : null
}
