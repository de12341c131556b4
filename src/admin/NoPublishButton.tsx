/** Publishing happens only through the workflow panel: Payload's own Publish button is not offered. */
export const NoPublishButton = () => null
