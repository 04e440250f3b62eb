import { describe, expect, it } from "vitest";
import { composeMail } from "./compose";

const item = { title: "Design assigned to you: Passports, FY2027", body: "Ana assigned you the Design discipline.", url: "http://localhost:3000/assessments/1" };

describe("composeMail", () => {
  it("says the same in the text and the HTML part, with the link and the footer's unsubscribe URL", () => {
    const mail = composeMail({ recipientName: "Lee", subject: item.title, items: [item], footer: [{ text: "Stop these e-mails:", url: "http://localhost:3000/unsubscribe/t", linkText: "unsubscribe" }] });
    expect(mail.subject).toBe(item.title);
    expect(mail.text).toContain("Hello Lee,");
    expect(mail.text).toContain("Ana assigned you the Design discipline.\n\nOpen it: http://localhost:3000/assessments/1");
    expect(mail.text).toContain("http://localhost:3000/unsubscribe/t");
    expect(mail.html).toContain('<a href="http://localhost:3000/assessments/1">Open it</a>');
    expect(mail.html).toContain('<a href="http://localhost:3000/unsubscribe/t">unsubscribe</a>');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).not.toMatch(/<img|<script/);
  });

  it("escapes every value in the HTML part and keeps the subject on one line", () => {
    const mail = composeMail({ recipientName: "<b>Eve</b>", subject: "Hi\r\nBcc: x@example.com", items: [{ ...item, body: `"><script>alert(1)</script>` }], footer: [] });
    expect(mail.subject).toBe("Hi Bcc: x@example.com");
    expect(mail.html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
    expect(mail.html).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail.html).not.toContain("<script>");
  });

  it("lists several items, each with its title, body and link (a digest)", () => {
    const second = { title: "Accepted: Passports, FY2026", body: "The council accepted it.", url: "http://localhost:3000/assessments/2/results" };
    const mail = composeMail({ recipientName: "Lee", subject: "Your daily summary: 2 updates", intro: "Since yesterday:", items: [item, second], footer: [] });
    expect(mail.text).toContain(`* ${item.title}\n  ${item.body}\n  ${item.url}`);
    expect(mail.text).toContain(`* ${second.title}`);
    expect(mail.html.match(/<li>/g)).toHaveLength(2);
  });
});
