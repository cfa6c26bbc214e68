use enquete::load::yaml::{self, Node, Value};
fn walk(n: &Node, t: &str) {
    match &n.value {
        Value::Map(e) => {
            for (_, v) in e {
                walk(v, t)
            }
        }
        Value::Seq(e) => {
            for v in e {
                walk(v, t)
            }
        }
        _ => {
            let s = n.loc.offset as usize;
            println!("{:?} -> {:?}", n.value, &t[s..(s + n.loc.len as usize)]);
        }
    }
}
#[test]
fn spans() {
    let t = "a: |-\n  line one\n  line two\n\n# c\nb: >\n  folded\n  more\nc: \"dq\n  next\"\nd: 'sq'\ne: plain\n  continued\nf: { nl: x y, en: \"z\" }\ng:\n  - |\n    keep\n\n  - x\n";
    let n = yaml::parse(0, t).unwrap();
    walk(&n, t);
}
