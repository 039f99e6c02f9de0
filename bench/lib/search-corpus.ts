// A generated chat history for the search benchmark: Indonesian-looking messages of realistic length
// (4–30 words, ~100 characters), words drawn from a 20,000-word vocabulary with a Zipf distribution
// (a few words are everywhere, most are rare), reproducible from a seed.

/** Real words at the top of the ranking (the seed's users wrote Indonesian); the rest are made up. */
const COMMON = [
  'yang',
  'dan',
  'di',
  'ini',
  'itu',
  'saya',
  'kamu',
  'tidak',
  'ada',
  'sudah',
  'akan',
  'bisa',
  'untuk',
  'dengan',
  'besok',
  'nanti',
  'kita',
  'mau',
  'juga',
  'sama',
  'aja',
  'lagi',
  'dari',
  'ke',
  'jam',
  'pagi',
  'oke',
  'ya',
  'belum',
  'makan',
  'siang',
  'malam',
  'hari',
  'kerja',
  'tolong',
  'kirim',
  'file',
  'minggu',
  'terima',
  'kasih',
  'kantor',
  'teman',
  'baru',
  'lama',
  'rumah',
  'jalan',
  'pulang',
  'sekarang',
  'tadi',
  'kapan',
  'dimana',
  'siapa',
  'kenapa',
  'bagaimana',
  'rapat',
  'tim',
  'proyek',
  'laporan',
  'bulan',
  'tahun',
  'harga',
  'uang',
  'beli',
  'jual',
  'pesan',
  'paket',
  'sampai',
  'mulai',
  'selesai',
  'cepat',
  'pelan',
  'bagus',
  'jelek',
  'enak',
  'mahal',
  'murah',
  'kopi',
  'teh',
  'nasi',
  'goreng',
  'sate',
  'bakso',
  'soto',
  'warung',
  'toko',
  'pasar',
  'kota',
  'desa',
  'jakarta',
  'bandung',
  'surabaya',
  'jadwal',
  'tiket',
  'kereta',
  'pesawat',
  'hotel',
  'libur',
  'cuti',
  'sakit',
  'dokter',
];

const SYLLABLES = [
  'ma',
  'ka',
  'sa',
  'ta',
  'ra',
  'la',
  'pa',
  'ba',
  'da',
  'ja',
  'na',
  'ga',
  'ku',
  'lu',
  'mu',
  'tu',
  'ru',
  'si',
  'ti',
  'ri',
  'li',
  'ni',
  'bi',
  'ke',
  'se',
  'te',
  'me',
  'be',
  'ko',
  'to',
  'no',
  'ng',
  'an',
  'in',
  'un',
  'kan',
  'nya',
  'lah',
  'per',
  'ber',
];

export const VOCABULARY_SIZE = 20_000;

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Corpus {
  readonly words: string[];
  private readonly cumulative: Float64Array;
  private readonly random: () => number;

  constructor(seed = 42) {
    this.random = prng(seed);
    const seen = new Set(COMMON);
    const words = [...COMMON];
    const r = prng(seed + 1);
    while (words.length < VOCABULARY_SIZE) {
      const n = 2 + Math.floor(r() * 3);
      let w = '';
      for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
      if (!seen.has(w)) {
        seen.add(w);
        words.push(w);
      }
    }
    this.words = words;
    this.cumulative = new Float64Array(words.length);
    let sum = 0;
    for (let i = 0; i < words.length; i++) this.cumulative[i] = sum += 1 / (i + 1);
  }

  /** The word at this frequency rank (1 = the most frequent). */
  rank(word: string): number {
    return this.words.indexOf(word) + 1;
  }

  private word(): string {
    const x = this.random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }

  message(): string {
    const n = 4 + Math.floor(this.random() * 27);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.word());
    out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
    return out.join(' ') + (this.random() < 0.3 ? '?' : '.');
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
}
