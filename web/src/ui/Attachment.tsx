// A file in a message: images show a preview, everything has a download button. Files need the session
// token, which a plain <img src> or link cannot send, so both go through an authenticated fetch and a
// blob: URL (allowed by the page's Content-Security-Policy).
import { useEffect, useState } from 'preact/hooks';
import { fileObjectUrl, previewUrl, type FileInfo } from '../api/client';
import { t } from '../i18n';
import { sizeOf } from './format';
import { Icon } from './Icon';

const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function Attachment({ file }: { file: FileInfo }) {
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!PREVIEWABLE.has(file.mimeType)) return;
    let cancelled = false;
    previewUrl(file.id)
      .then((u) => !cancelled && setPreview(u))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [file.id]);

  async function download() {
    try {
      const url = await fileObjectUrl(file.id);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div class="attachment">
      {preview && <img class="preview" src={preview} alt={file.name} />}
      <div class="file-row">
        <span class="file-name">
          <Icon name="file" /> <bdi>{file.name}</bdi>
        </span>
        <span class="muted small">{sizeOf(file.size)}</span>
        <button type="button" class="ghost small" onClick={download}>
          {t('download')}
        </button>
      </div>
      {error && <p class="error small">{error}</p>}
    </div>
  );
}
