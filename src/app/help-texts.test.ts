import { describe, expect, it } from 'vitest';
import { createJobHelp } from '@/features/create-job/help';
import { jobDetailsHelp } from '@/features/job-details/help';
import { jobsHelp } from '@/features/jobs/help';
import { customResourceHelp } from '@/lib/custom-resources/help';
import type { PageHelp } from '@/lib/help/help-topics';

const pages: [string, PageHelp][] = [
  ['create job', createJobHelp],
  ['jobs', jobsHelp],
  ['job details', jobDetailsHelp],
  ['create vocabulary', customResourceHelp('vocabulary')],
  ['create vocabulary filter', customResourceHelp('vocabulary-filter')],
  ['create language model', customResourceHelp('language-model')],
];

describe.each(pages)('the help of %s', (_, help) => {
  it('starts at one of its topics', () => {
    expect(Object.keys(help.topics)).toContain(help.start);
  });

  it.each(Object.entries(help.topics))(
    '%s: a heading and AWS documentation links',
    (_id, topic) => {
      expect(topic.header).not.toBe('');
      expect(topic.learnMore.length).toBeGreaterThan(0);
      for (const link of topic.learnMore) {
        expect(link.href).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/[\w./#-]+$/);
        expect(link.text).not.toBe('');
      }
    },
  );
});
