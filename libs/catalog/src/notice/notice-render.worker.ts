import { renderNoticePdf } from './notice-pdf';
import { NoticeData } from './notice.types';

/** Runs in NoticeRenderer's worker threads: one sheet per call, off the server's event loop. */
export default async function renderInWorker(data: NoticeData): Promise<Uint8Array> {
  return renderNoticePdf(data);
}
